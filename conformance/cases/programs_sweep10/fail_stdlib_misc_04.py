import array
a = array.array("i", [1, 2, 3]); a.append(4); a.extend([5]); a.insert(0, 0); print(a, a.tolist(), a.itemsize, a.typecode, a[1:3], a.count(2), a.index(3), sum(a), array.array("d", [1.5]).tobytes()[:2], array.array("u", "hi"))
a.append(1.5)
