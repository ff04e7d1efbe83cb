namespace Modular.Modules;

/// <summary>Where in the host's menu a core page is linked.</summary>
public enum MenuSection
{
    /// <summary>The jurisdiction's everyday pages, first in the menu, for everyone signed in to it.</summary>
    Workspace,
    /// <summary>The jurisdiction's office (本辖区管理): pages under <c>/Office</c>, for its admins.</summary>
    Office,
    /// <summary>Reading what was done (the audit log): pages under <c>/Oversight</c>.</summary>
    Oversight,
}

/// <summary>
/// A link in the host's menu to a core page of the current jurisdiction. <see cref="Page"/> is the page's
/// name under <c>Pages/</c> (e.g. <c>/Roster/People</c>); the host builds its URL for the jurisdiction, so no
/// address is written twice. The title is given in both languages, Chinese first (the menu shows the one of
/// the user's culture). Entries of a section are shown by <see cref="Order"/>.
/// </summary>
public sealed record ModuleMenuEntry(MenuSection Section, string Page, string TitleZhCn, string TitleEn, int Order)
{
    /// <summary>When set, only users holding one of these roles (any scope) see the entry: those the page lets in.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
}
