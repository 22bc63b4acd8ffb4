# Manual numbering: indices may repeat, skip and come in any order.
print("{1} {0} {1}".format("a", "b"))
print("{0}{0}{0}".format("ab"))
print("{2}".format(1, 2, 3), "{0}".format(1, 2, 3))
print("{10}".format(*range(11)))
print("{00}|{01}".format("zero", "one"))
print("{0:>3}{1:<3}|".format(7, 8))
