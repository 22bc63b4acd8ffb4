docs = {
    1: "the cat sat on the mat",
    2: "the dog sat on the log",
    3: "cats and dogs",
    4: "a mat for the dog",
}
index = {}
for doc_id, text in docs.items():
    for pos, word in enumerate(text.split()):
        index.setdefault(word, {}).setdefault(doc_id, []).append(pos)


def search(query):
    terms = query.split()
    hits = set(index.get(terms[0], {}))
    for t in terms[1:]:
        hits &= set(index.get(t, {}))
    return sorted(hits)


for q in ["the", "sat on", "dog", "mat the", "bird"]:
    print(f"{q!r:<10} {search(q)}")
print(index["the"], len(index), sorted(index, key=lambda w: -sum(map(len, index[w].values())))[:3])
