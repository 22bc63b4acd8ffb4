"x".count()
