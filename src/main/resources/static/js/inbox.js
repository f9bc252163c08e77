// Inserts the chosen FAQ answer into the reply box, so a caseworker can start from it and edit.
document.addEventListener('change', (event) => {
  const select = event.target.closest('select[data-target]');
  if (!select) return;
  const option = select.selectedOptions[0];
  const target = document.getElementById(select.dataset.target);
  if (option && option.dataset.text && target) {
    target.value = option.dataset.text;
    target.focus();
  }
});
