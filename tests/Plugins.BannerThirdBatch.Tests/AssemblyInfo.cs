// The kit's xunit framework stops the test PostgreSQL cluster after the last test (see tests/Modular.Testing).
[assembly: TestFramework("Modular.Testing.ModularTestFramework", "Modular.Testing")]
