namespace NewsPortal.Web.Tags;

public sealed record TagLink(int Id, string Name, string Slug);
