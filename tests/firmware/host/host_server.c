/* The request server on the host: requests from stdin, responses (after the boot
 * announcement) on stdout. */
#include "hil_board.h"
#include "hil_protocol.h"

int main(void)
{
    hil_board_init();
    hil_protocol_init();
    hil_protocol_poll();
    return 0;
}
