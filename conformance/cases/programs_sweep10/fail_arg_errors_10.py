"".join()
