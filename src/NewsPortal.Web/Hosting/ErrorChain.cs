namespace NewsPortal.Web.Hosting;

internal static class ErrorChain
{
    /// <summary>Whether the error, or any error it wraps, passes the test: EF Core and the clients wrap what failed below them.</summary>
    public static bool Any(Exception? error, Func<Exception, bool> test)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (test(error))
            {
                return true;
            }
        }

        return false;
    }
}
