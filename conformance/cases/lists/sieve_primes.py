# Sieve of Eratosthenes with a list of booleans.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]


primes = sieve(100)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:])
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins)
gaps = [b - a for a, b in zip(primes, primes[1:])]
print(max(gaps), gaps.index(max(gaps)), primes[gaps.index(max(gaps))])
big = sieve(200000)
print(len(big), sum(big))
