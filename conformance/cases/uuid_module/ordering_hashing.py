import uuid

ids = [uuid.UUID(int=n * 0x1111) for n in (5, 3, 9, 1)]
print(sorted(ids))
print(max(ids), min(ids))
print(ids[0] < ids[2], ids[0] >= ids[1], ids[3] <= ids[3], ids[2] > ids[0])
print(len({ids[0], uuid.UUID(int=5 * 0x1111), ids[1]}))
print(hash(ids[0]) == hash(5 * 0x1111))
print(ids[0] != ids[1], ids[0] == uuid.UUID(str(ids[0])))
print({u: str(u)[-4:] for u in ids}[ids[2]])
print(f"{ids[1]}", "%s" % ids[2], str(ids[3]).upper())
print(format(ids[0]), "{!r}".format(ids[1]))
