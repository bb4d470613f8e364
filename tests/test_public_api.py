import entente


def test_public_api_all_names_exist():
    for name in entente.__all__:
        assert hasattr(entente, name), name


def test_public_api_exports_core_records():
    assert {"Article", "Event", "Pipeline", "read_paths", "EntenteError"} <= set(entente.__all__)
