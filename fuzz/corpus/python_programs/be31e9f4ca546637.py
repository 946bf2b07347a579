def func(a):
    d = (5 != 128)
    d &= 1
    return 5
