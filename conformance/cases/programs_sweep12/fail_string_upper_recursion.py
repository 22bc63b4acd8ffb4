def normalize(words):
    """Upper-case the words, dropping the blank ones."""
    if not words:
        return []
    w = words[0].strip().upper()
    if not w:
        # bug: the blank word is never dropped, so the same list comes back
        return normalize(words)
    return [w] + normalize(words[1:])


print(normalize(["keep", "it", "short"]))
print(normalize(["tabs\t", " spaced "]))
print(normalize(["a", "  ", "b"]))
