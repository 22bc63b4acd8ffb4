import array

temps = array.array("d", [21.5, 22.0, 19.75, 23.25])
temps.append(20.0)
temps.extend([18.5, 25.0])
print(temps, len(temps), temps.typecode, temps.itemsize, max(temps), sum(temps) / len(temps))
ints = array.array("h", range(-3, 4))
ints.reverse()
print(ints, ints.index(0), ints.count(1), ints.tolist(), ints[::2], ints.pop(), ints.buffer_info()[1])
ints.remove(-3)
ints.insert(0, 100)
print(ints, ints * 2 == array.array("h", list(ints) * 2), array.array("b", b"\x01\xff"), bytes(array.array("H", [1, 2])))
u = array.array("u", "héllo")
print(u, u.tounicode(), array.array("i", [1]) + array.array("i", [2]))
for bad in [lambda: array.array("b", [200]), lambda: array.array("x"), lambda: ints.append(1.5), lambda: array.array("i", [1]) + array.array("d", [1.0])]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
