# expandtabs with various tab sizes.
s = "a\tbc\tdef\tg"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)))
print(repr("\t".expandtabs(3)), repr("12345678\tx".expandtabs()), repr("ab\ncd\tef".expandtabs(4)))
print(repr("x\r\ty".expandtabs(4)), repr("no tabs".expandtabs()), repr("\t\t".expandtabs(2)))
table = ["name\tqty\tprice", "apple\t3\t1.5", "watermelon\t1\t4.25"]
for row in table:
    print(row.expandtabs(12))
