words = ["alpha", "beta", "", "delta"]
lookup = {w: w[0].upper() + w[1:] for w in words}
