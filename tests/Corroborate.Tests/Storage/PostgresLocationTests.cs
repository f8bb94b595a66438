using Corroborate.Storage;
using Npgsql;

namespace Corroborate.Tests.Storage;

public sealed class PostgresLocationTests
{
    [Theory]
    [InlineData("postgres://u@h/db", true)]
    [InlineData("postgresql://u:p@h:5433/db?sslmode=disable", true)]
    [InlineData("Host=127.0.0.1;Port=5432;Database=x", true)]
    [InlineData("Database=x;Host=db.example", true)]
    [InlineData("corroborate.db", false)]
    [InlineData(":memory:", false)]
    [InlineData("/data/hosts/corroborate.db", false)]
    public void Tells_postgres_locations_from_sqlite_files(string location, bool isPostgres) =>
        Assert.Equal(isPostgres, PostgresLocation.IsPostgres(location));

    [Fact]
    public void Converts_a_uri_with_escaped_credentials_and_options()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresLocation.ToConnectionString("postgresql://news%40desk:p%3Ass@db.example:6543/archive?sslmode=disable"));

        Assert.Equal("db.example", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("news@desk", builder.Username);
        Assert.Equal("p:ss", builder.Password);
        Assert.Equal("archive", builder.Database);
        Assert.Equal(SslMode.Disable, builder.SslMode);
    }

    [Theory]
    [InlineData("postgresql://reader:hunter2@db.example:6543/archive", "postgresql://reader@db.example:6543/archive")]
    [InlineData("Host=db.example;Username=reader;Password=hunter2;Database=archive", "postgresql://reader@db.example:5432/archive")]
    public void Describes_a_location_without_its_password(string location, string expected)
    {
        Assert.Equal(expected, ArticleStores.Describe(location));
        Assert.DoesNotContain("hunter2", ArticleStores.Describe(location), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_location_is_refused_without_showing_its_password()
    {
        var error = Assert.Throws<StoreException>(() => PostgresLocation.ToConnectionString("postgresql://u:hunter2@h/db?no_such_option=1"));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
