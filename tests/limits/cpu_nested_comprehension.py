# Comprehensions nested inside a generator expression, all lazy: no list
# grows, only instructions pile up.
# args: --max-instructions 1000000
# limit: instructions
print(any(x < 0 for x in (y for y in range(10**15) for _ in range(10**6))))
