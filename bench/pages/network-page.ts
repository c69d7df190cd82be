// A long networking page where STP means spanning tree protocol: switches, bridges, BPDUs and
// no NHS words at all, so the extension should leave it alone and cost next to nothing.

import { pageShell } from './html.ts';
import { type Picker, picker } from './prng.ts';

const SENTENCES = [
  'STP stops frames from circling forever when two switches are joined by more than one link.',
  'Every bridge sends a BPDU every two seconds while STP is running.',
  'The root bridge is the one with the lowest bridge identifier.',
  'A blocked port still listens for BPDUs so that it can take over if the active link fails.',
  'Rapid STP, known as RSTP, converges in a few seconds instead of almost a minute.',
  'When a switch first starts, each of its ports goes through listening and learning states.',
  'Engineers often tune STP priorities so that the core switch becomes the root.',
  'A misconfigured edge port can let a BPDU from a desk switch disrupt the whole network.',
  'Per-VLAN STP runs a separate instance of the protocol for each VLAN.',
  'The path cost of a link depends on its speed, so faster links are preferred.',
  'BPDU guard shuts a port down if an unexpected BPDU arrives on it.',
  'Most modern campus networks still rely on STP as a safety net.',
  'Network engineers draw the tree on paper before changing any priorities.',
  'Switches learn addresses by watching the source of every frame they forward.',
  'Redundant links only help if the protocol can unblock them quickly.',
];

const HEADINGS = ['How STP elects a root', 'Port roles and states', 'Timers', 'Rapid convergence', 'Guards'];

const paragraph = (pick: Picker): string =>
  `<p>${Array.from({ length: pick.between(3, 6) }, () => pick.pick(SENTENCES)).join(' ')}</p>`;

export function buildNetworkPage(seed: number, bytes: number): string {
  const pick = picker(seed);
  const parts = ['<h1>Spanning tree protocol in campus networks</h1>'];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const part = index % 8 === 0 ? `<h2>${pick.pick(HEADINGS)}</h2>` : paragraph(pick);
    parts.push(part);
    size += part.length + 1;
  }
  return pageShell({
    title: 'Spanning tree protocol (STP) explained',
    description: 'How switches and bridges use STP and BPDUs to keep Ethernet networks free of loops.',
    body: `<main>\n${parts.join('\n')}\n</main>`,
  });
}
