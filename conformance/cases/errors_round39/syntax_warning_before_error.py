# A syntax warning the compiler issued before a syntax error is printed
# ahead of the error.
x = 1if 1else 2
x = 0x
