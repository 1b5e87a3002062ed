using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Pages;

/// <summary>
/// Binds a form's text fields as <see cref="TextInput.Typed"/> leaves them: a form sent back with a problem writes what
/// was sent into its fields again, and a control character pasted from a word processor would go out as a character
/// reference HTML forbids (<c>&amp;#x1;</c>). The model state's copy, which the fields are written from, is the
/// cleaned one too. Passwords are bound as sent, since changing one would lock its owner out; they are never written
/// back into a page. Values from the address (a route's slug, a query) are not this binder's business.
/// </summary>
public sealed class TypedTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.ModelType == typeof(string) && context.Metadata.DataTypeName != nameof(DataType.Password)
            ? new TypedTextBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
    }

    private sealed class TypedTextBinder(IModelBinder asSent) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var sent = bindingContext.ValueProvider;
            bindingContext.ValueProvider = new TypedFormValues(sent);
            try
            {
                await asSent.BindModelAsync(bindingContext);
            }
            finally
            {
                bindingContext.ValueProvider = sent;
            }
        }
    }

    private sealed class TypedFormValues(IValueProvider sent) : IValueProvider
    {
        private readonly IValueProvider? _form = (sent as IBindingSourceValueProvider)?.Filter(BindingSource.Form);

        public bool ContainsPrefix(string prefix) => sent.ContainsPrefix(prefix);

        public ValueProviderResult GetValue(string key)
        {
            // The form's value is the one binding takes when there is one: its provider comes before the address's.
            var fromForm = _form?.GetValue(key) ?? ValueProviderResult.None;
            return fromForm == ValueProviderResult.None
                ? sent.GetValue(key)
                : new ValueProviderResult(fromForm.Values.Select(TextInput.Typed).ToArray(), fromForm.Culture);
        }
    }
}
