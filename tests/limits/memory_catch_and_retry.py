# A memory bomb retried in a loop that catches everything.
# limit: memory
while True:
    try:
        x = [0] * 10**9
    except BaseException:
        pass
