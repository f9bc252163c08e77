// The try-it chat: posts each message to /try/messages and shows the reply. Text is always inserted
// as text, never as HTML, so nothing a person types can become markup.
const list = document.getElementById('messages');
const form = document.getElementById('composer');
const input = document.getElementById('text');

function show(text, who, meta) {
  const item = document.createElement('li');
  item.className = who;
  item.textContent = text;
  if (meta) {
    const small = document.createElement('span');
    small.className = 'meta';
    small.textContent = meta;
    item.appendChild(small);
  }
  list.appendChild(item);
  item.scrollIntoView({ block: 'end' });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  show(text, 'me');
  input.value = '';
  try {
    const response = await fetch('/try/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text })
    });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    const reply = await response.json();
    const meta = [reply.outcome, reply.entryId, reply.language].filter(Boolean).join(' · ');
    show(reply.text || '(no reply: staff own this conversation)', 'bot', meta);
  } catch (e) {
    show('The message could not be sent (' + e.message + '). Try again.', 'bot');
  }
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    form.requestSubmit();
  }
});
