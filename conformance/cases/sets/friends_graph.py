# Mutual friends and suggestions with sets of names (printed sorted).
friends = {
    "ann": {"bob", "cid", "dee"},
    "bob": {"ann", "cid"},
    "cid": {"ann", "bob", "eve"},
    "dee": {"ann"},
    "eve": {"cid"},
}
for a in sorted(friends):
    for b in sorted(friends):
        if a < b:
            common = friends[a] & friends[b]
            if common:
                print(a, b, sorted(common))
for person in sorted(friends):
    suggestions = set()
    for f in friends[person]:
        suggestions |= friends[f]
    suggestions -= friends[person] | {person}
    print(person, sorted(suggestions))
print(all(a in friends[b] for a in friends for b in friends[a]))
