# bool formats as int except with an empty spec (then it is 'True'/'False');
# other objects accept only an empty spec.
for b in (True, False):
    print(f"[{b}] [{b:}] [{b:d}] [{b:5}] [{b:<5}] [{b:x}] [{b:#b}] [{b:+}] [{b:.1f}] [{b:%}] [{b:05}] [{b:e}]")
    print(format(b), format(b, ""), format(b, "n"), str(b), repr(b), f"{b!s:>6}", f"{b!r:^7}")
for v in [None, Ellipsis, (1, 2.5), [True], {"a": 1}]:
    print(f"[{v}] [{v!r}] [{v!s:>12}]", format(v, ""))
    try:
        print(format(v, "10"))
    except TypeError as e:
        print("TypeError:", e)
print(f"{True:c}", f"{65 + True:c}", f"{True + True:b}", format(True + 0.5, ".2f"))
