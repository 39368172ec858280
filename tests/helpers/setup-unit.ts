// Unit tests run without a database: a test that reaches one (through ~/utils/db.server)
// belongs in tests/integration/. The URL below is never created; opening it fails loudly.
process.env.NODE_ENV = "test";
process.env.DATABASE_URL = "file:/nonexistent/unit-tests-have-no-database.db";
process.env.GEOCODER ??= "off";
