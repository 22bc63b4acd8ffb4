set().update(1)
