#include "app/application.h"

int main(int argc, char **argv)
{
    return zhibiao::runZhibiao(argc, argv);
}
