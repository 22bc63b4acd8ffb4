# A memory bomb retried in a loop that catches everything: each list fits
# the budget alone (240 MB of 256 MiB), so the second, made while the first
# is alive, exhausts it and ends the run.
# limit: memory
while True:
    try:
        x = [0] * (3 * 10**7)
    except BaseException:
        pass
