// Registry of every glossary entry: one file per entry, listed here once. The core structure
// acronyms come first, then related acronyms, then unabbreviated terms.
import type { Entry } from '../types';
import accidentAndEmergency from './a-and-e';
import aco from './aco';
import acs from './acs';
import ahsn from './ahsn';
import bcf from './bcf';
import bma from './bma';
import ccg from './ccg';
import cqc from './cqc';
import dhsc from './dhsc';
import fyfv from './fyfv';
import gp from './gp';
import hin from './hin';
import hwb from './hwb';
import icb from './icb';
import ico from './ico';
import icp from './icp';
import ics from './ics';
import iho from './iho';
import integratedCareStrategy from './integrated-care-strategy';
import jsna from './jsna';
import ltp from './ltp';
import mcp from './mcp';
import mdt from './mdt';
import mnp from './mnp';
import napc from './napc';
import neighbourhoodHealth from './neighbourhood-health';
import nhse from './nhse';
import nhsi from './nhsi';
import pacs from './pacs';
import pcn from './pcn';
import phm from './phm';
import placeBasedPartnership from './place-based-partnership';
import providerCollaborative from './provider-collaborative';
import snp from './snp';
import stp from './stp';
import strategicCommissioner from './strategic-commissioner';
import vcse from './vcse';

export const ENTRIES: Entry[] = [
  ics,
  icb,
  icp,
  stp,
  aco,
  pcn,
  ccg,
  acs,
  ico,
  mdt,
  ahsn,
  hin,
  napc,
  bma,
  gp,
  accidentAndEmergency,
  nhse,
  nhsi,
  cqc,
  dhsc,
  vcse,
  phm,
  hwb,
  bcf,
  jsna,
  ltp,
  fyfv,
  mcp,
  pacs,
  iho,
  mnp,
  snp,
  neighbourhoodHealth,
  strategicCommissioner,
  placeBasedPartnership,
  providerCollaborative,
  integratedCareStrategy,
];
