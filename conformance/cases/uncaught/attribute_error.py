# Calling a method that does not exist on a built-in type.
stack = [1, 2, 3]
print(stack.pop())
stack.frobnicate_zq(4)
