d = {"k": [1, 2, 3], "s": "str"}
print(f"{d['k'][1]} {d['s'].upper()} {len(d)} {d['k'][-1] * 10}")
print(f"{'nested ' + f'{1 + 1}' + ' inner'}")
print(f"{(lambda v: v * 2)(21)}", f"{[x ** 2 for x in range(4)]}", f"{ {'a': 1}['a'] }", f"{ {1, 2} == {2, 1} }")
print(f"{3 if d else 4}", f"{'yes' if not d else 'no'}", f"{d.get('zz', 'default')}")
a, b = 7, 3
print(f"{a / b:.3f} {a // b} {a % b} {a ** b} {-a:>4} {a < b} {a:{b}}")
print(f"{'multi'}" f"{'ple'}" "-plain-" f"{a}")
print(f"""triple {a}
second line {b!r}""")
print(f"{'{'}{'}'}", f"{{}}", f"{{{a}}}", f"{a:{'{'}^5}")
x = 10
def f():
    x = 20
    return f"{x}"
print(f(), f"{x}", [f"{i}:{x}" for i in range(2)])
print(f"{'a':>3}{'b':<3}|", f"{1_000_000:,}", f"{0.1 + 0.2!r}", f"{0.1 + 0.2}", f"{1e-10}")
print(f"{print.__name__}", f"{int.__name__}", f"{type(1.0).__name__}", f"{'é'.encode()}")
objs = [None, True, 1, 1.0, "s", b"b", (1,), [], {}]
print(" | ".join(f"{o!r}" for o in objs))
print(" | ".join(f"{o}" for o in objs))
print(f"{-0.0} {+0.0} {1e16} {1.0e15} {12345678901234567890.0} {2**63}")
