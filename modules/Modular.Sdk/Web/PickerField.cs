namespace Modular.Sdk.Web;

/// <summary>
/// A searchable person or organization field on a page — the host's shared partials render it, in a module's or a
/// plugin's page alike: <c>&lt;partial name="_PersonPicker" model='new PickerField("personId", Text.Of("人员", "Person"), Model.PersonId)' /&gt;</c>
/// (or <c>_OrganizationPicker</c>). The form posts the chosen id under <see cref="Name"/>, as a number field would;
/// the choices are the current jurisdiction's people or organizations that the user may see. With JavaScript it is a
/// box that searches as one types (by name, code or number); without, a list to choose from (a number box when the
/// user sees too many people for one list).
/// </summary>
/// <param name="Name">The form field the id is posted as.</param>
/// <param name="Label">The field's label, in the page's language.</param>
/// <param name="Value">The id chosen so far, if any.</param>
public sealed record PickerField(string Name, string Label, long? Value = null)
{
    /// <summary>The form cannot be sent without a choice.</summary>
    public bool Required { get; init; }

    /// <summary>The field's error from the last post (a page's <c>ErrorFor("personId")</c>), shown under it.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// Offers only the people of this organization and those under it (a branch choosing one of its members), of those the
    /// user may see. Null: everyone the user may see. A narrowing of the choice only: the service behind the form still
    /// checks the id it is sent.
    /// </summary>
    public long? WithinOrganizationId { get; init; }

    /// <summary>
    /// The page's own list instead of the host's search: people the plugin lets this user act for though the host's
    /// roles would not show them (a leading group's deputy choosing among the branch's members). Searched in the page as
    /// one types; without JavaScript, a list. The service behind the form still checks the id it is sent.
    /// </summary>
    public IReadOnlyList<PickerChoice>? Choices { get; init; }
}

/// <summary>One person of a page's own picker list: the id posted, the name, and where they are (e.g. the branch).</summary>
public sealed record PickerChoice(long Id, string Name, string? Path = null);
