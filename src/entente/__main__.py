"""``python -m entente``: the same command line as the ``entente`` script."""

from entente.cli.main import main

if __name__ == "__main__":
    main()
