using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Hosting;

public class LoggerFactoryTests
{
    [Fact]
    public void EachCategoryGetsOneLoggerHoweverOftenItIsAskedFor()
    {
        using var app = new NewsPortalFactory();
        var factory = app.Services.GetRequiredService<ILoggerFactory>();

        // The authentication handler, made for every request, asks for its logger every time.
        Assert.Same(factory.CreateLogger("NewsPortal.Tests.Category"), factory.CreateLogger("NewsPortal.Tests.Category"));
        Assert.NotSame(factory.CreateLogger("NewsPortal.Tests.Category"), factory.CreateLogger("NewsPortal.Tests.Other"));
    }
}
