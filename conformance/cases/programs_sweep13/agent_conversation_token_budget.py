import json
import textwrap

messages = [
    {"role": "system", "content": "You are a concise assistant."},
    {"role": "user", "content": "Summarize the plot of a heist movie in one paragraph, please, with some detail."},
    {"role": "assistant", "content": "A crew plans a casino robbery, recruits specialists, faces a double-cross, and escapes with the loot."},
    {"role": "user", "content": "Now list three famous heist movies."},
    {"role": "assistant", "content": "Heat; Ocean's Eleven; Inside Man."},
    {"role": "user", "content": "Which one has the best soundtrack?"},
]


def tokens(text):
    return len(text.split()) + text.count(",") + text.count(".")


def trim(history, budget):
    system, rest = history[0], history[1:]
    kept, used = [], tokens(system["content"])
    for m in reversed(rest):
        t = tokens(m["content"])
        if used + t > budget:
            break
        kept.append(m)
        used += t
    return [system] + kept[::-1], used


for budget in (100, 30, 15):
    kept, used = trim(messages, budget)
    print(f"budget {budget:3}: kept {len(kept)} messages, {used} tokens, first user turn: "
          f"{next((m['content'][:25] for m in kept if m['role'] == 'user'), None)!r}")
kept, _ = trim(messages, 30)
for m in kept:
    print(textwrap.shorten(f"{m['role']:>9}: {m['content']}", 60))
print(json.dumps(kept[-1]))
