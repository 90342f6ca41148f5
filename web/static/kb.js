// kb: a little script, and every page also works without it.
// - facets apply as soon as a value is chosen (the form's button does the same without scripts);
// - "kopieer bronvermelding" copies a citation to the clipboard.
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", () => {
  for (const select of document.querySelectorAll("select[data-facet]")) {
    select.addEventListener("change", () => {
      const form = select.form;
      const page = form.querySelector("input[name=page]");
      if (page) page.remove();
      form.requestSubmit ? form.requestSubmit() : form.submit();
    });
  }
  for (const button of document.querySelectorAll("button.copy[data-copy]")) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy);
        button.textContent = "gekopieerd";
      } catch (error) {
        button.textContent = "kopiëren lukte niet";
      }
    });
  }
});
