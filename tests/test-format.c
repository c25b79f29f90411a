/* placeholder until the test is written; fails so it cannot pass by accident */
int main (void) { return 77; }
