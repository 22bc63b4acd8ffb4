# Sign-aware padding and alignment of mixed numbers.
values = [0, 7, -7, 3.25, -3.25, 1e6, -1e-3, 12345]
for v in values:
    print(f"|{v:>10}|{v:<10}|{v:^10}|{v:=10}|{v:+10}|{v: 10}|")
for v in values:
    print(f"|{v:010}|{v:_>10}|{v:010.2f}|{v:+.1e}|")
