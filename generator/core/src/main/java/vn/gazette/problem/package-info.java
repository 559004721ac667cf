/** Positions and problems: how every stage reports bad input (used by all stages). */
package vn.gazette.problem;
