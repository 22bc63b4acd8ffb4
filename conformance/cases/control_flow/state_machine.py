# A traffic-light state machine driven by a loop.
transitions = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
state, clock = "red", 0
timeline = []
while clock < 20:
    nxt, duration = transitions[state]
    timeline.append((clock, state))
    clock += duration
    state = nxt
print(timeline)
text = 'say "hello world" and "bye" now'
tokens, buf, in_quote = [], "", False
for ch in text:
    if ch == '"':
        if in_quote:
            tokens.append(buf)
            buf = ""
        in_quote = not in_quote
    elif ch == " " and not in_quote:
        if buf:
            tokens.append(buf)
            buf = ""
    else:
        buf += ch
if buf:
    tokens.append(buf)
print(tokens)
