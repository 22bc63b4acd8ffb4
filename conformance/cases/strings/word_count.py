# Word frequency count with a dict — a staple exercise.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
counts = {}
for raw in text.split():
    word = raw.strip(",.").lower()
    counts[word] = counts.get(word, 0) + 1
print(len(counts), "distinct words")
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:<12}{n:>3}")
print(counts)
longest = max(counts, key=len)
print("longest:", longest, len(longest))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: -kv[1])[:5])
print("lines:", len(text.splitlines()), "chars:", len(text))
