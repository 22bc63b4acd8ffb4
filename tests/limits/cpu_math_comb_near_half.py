# math.comb with k near n / 2: GMP's mpz_bin_ui multiplies the k factors and
# takes 13 s for comb(10**7, 5 * 10**6), charged 49 million instructions, so
# twenty such calls stayed inside the default budget for minutes of CPU in
# uninterruptible native calls. moat takes GMP's prime-factor algorithm there
# (0.4 s), so the loop meets the instruction limit in seconds.
# limit: instructions
import math
while True:
    math.comb(10**7, 5 * 10**6)
