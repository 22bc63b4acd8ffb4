WORDS = "apple apply ape apricot banana band bandana can cane candy cat".split()


def edits1(w):
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in letters]
    inserts = [a + c + b for a, b in splits for c in letters]
    return set(deletes + swaps + replaces + inserts)


def suggest(word, vocab=frozenset(WORDS)):
    if word in vocab:
        return [word]
    one = sorted(vocab & edits1(word))
    if one:
        return one
    two = sorted({e2 for e1 in edits1(word) for e2 in edits1(e1)} & vocab)
    return two or ["?"]


for w in ["apple", "appel", "banan", "cta", "xyz", "bnd", "candyy"]:
    print(w, suggest(w))
print(len(edits1("cat")), len(edits1("")))
