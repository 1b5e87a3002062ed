using Microsoft.Extensions.Options;

namespace NewsPortal.Web.Newsroom;

/// <summary>Checks what data annotations cannot: that the time zone exists on this machine.</summary>
internal sealed class NewsroomOptionsValidation : IValidateOptions<NewsroomOptions>
{
    public ValidateOptionsResult Validate(string? name, NewsroomOptions options) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Newsroom:TimeZone '{options.TimeZone}' is not a time zone known to this machine (use an IANA id such as Europe/Kyiv).");
}
