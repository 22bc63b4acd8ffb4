# Sparse vectors as dicts: dot products and cosine similarity of word counts.
def vec(text):
    v = {}
    for w in text.lower().split():
        v[w] = v.get(w, 0) + 1
    return v


def dot(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(k, 0) for k, x in a.items())


def norm(a):
    return dot(a, a) ** 0.5


docs = ["the cat sat on the mat", "the dog sat on the log", "cats and dogs", "the the the"]
vecs = [vec(d) for d in docs]
for i in range(len(docs)):
    row = []
    for j in range(len(docs)):
        denom = norm(vecs[i]) * norm(vecs[j])
        row.append(round(dot(vecs[i], vecs[j]) / denom, 4) if denom else 0.0)
    print(row)
print(vecs[0], dot(vecs[0], vecs[1]))
