"""The library core: data model, database, services. It never imports Qt."""
