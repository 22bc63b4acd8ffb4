# Set comprehensions and combining sets.
squares = {x * x % 10 for x in range(20)}
print(squares)
evens = {n for n in range(10) if n % 2 == 0}
odds = set(range(10)) - evens
print(evens, odds, evens | odds == set(range(10)), evens & odds)
multiples = [{m for m in range(1, 25) if m % k == 0} for k in (2, 3, 4)]
print(sorted(set.intersection(*multiples)), sorted(set.union(*multiples))[:8])
print(sorted(multiples[0] - multiples[1] - multiples[2]))
