# math.comb with k a small fraction of n: GMP's prime-factor binomial
# (mpz_bin_uiui), which moat takes for k near n / 2, needs 90 s for
# comb(10**8, 10**6) where the product of the k factors needs one; each call
# must take the product, so the charged loop meets the instruction limit in
# seconds.
# limit: instructions
import math
while True:
    math.comb(10**8, 10**6)
