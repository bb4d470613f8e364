"""Event stores. The default is an embedded DuckDB file (:class:`Store`)."""

from entente.store.duckdb_store import AddResult, Store, default_path

__all__ = ["AddResult", "Store", "default_path"]
