package org.ziping.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds table grids from a page's ruling lines.
 *
 * <p>Algorithm: (1) collinear segments within {@link #TOL} of each other are merged, as are
 * overlapping or touching pieces of one line; (2) horizontal and vertical segments that cross or
 * touch are joined into connected components (union-find, O(h·v) per page); every component with
 * at least two horizontal and two vertical lines is a table; (3) the x of its verticals and the y
 * of its horizontals, clustered within {@link #TOL}, give the grid; (4) cells are grown from each
 * free grid slot in reading order: to the right while no vertical ruling crosses the middle of the
 * row at the next column boundary (colSpan; in a row thinner than 4·TOL a vertical must reach the
 * middle within a quarter of the row's height, so that the borders of the rows above and below
 * do not split an empty thin row), then downwards while no horizontal ruling crosses the
 * middle of any spanned column at the next row boundary (rowSpan). Before (4), an edge where the
 * outer verticals run on at least {@link #OPEN_MIN} past the outer horizontal is opened: the
 * stretch becomes a row and the table is marked open there (a row cut by a page break); after
 * (4), {@link StaggeredRows} drops the slivers between one row border drawn at two heights.
 *
 * <p>Limits: tables drawn without rulings are left to {@link StreamTableDetector}; two tables
 * whose borders touch become one grid; a cell region that is not a rectangle in the drawing
 * (irregular borders) is approximated by the first rectangle grown.
 */
final class TableDetector {
  /** Tolerance, in points, for collinearity, joins and coverage. */
  public static final float TOL = 2f;
  /** How far, in points, verticals must run on beyond the outer horizontal to open an edge. */
  static final float OPEN_MIN = 6f;

  private TableDetector() {}

  /** The tables drawn on one page, top to bottom. */
  public static List<PageTable> detect(List<Ruling> rulings, int page) {
    List<Ruling> hs = merge(rulings.stream().filter(Ruling::horizontal).toList());
    List<Ruling> vs = merge(rulings.stream().filter(r -> !r.horizontal()).toList());
    int n = hs.size() + vs.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < hs.size(); i++) {
      Ruling h = hs.get(i);
      for (int j = 0; j < vs.size(); j++) {
        Ruling v = vs.get(j);
        if (v.pos() >= h.from() - TOL && v.pos() <= h.to() + TOL
            && h.pos() >= v.from() - TOL && h.pos() <= v.to() + TOL) {
          union(parent, i, hs.size() + j);
        }
      }
    }
    List<PageTable> tables = new ArrayList<>();
    boolean[] done = new boolean[n];
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (done[root]) {
        continue;
      }
      done[root] = true;
      List<Ruling> ch = new ArrayList<>();
      List<Ruling> cv = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        if (find(parent, k) == root) {
          if (k < hs.size()) {
            ch.add(hs.get(k));
          } else {
            cv.add(vs.get(k - hs.size()));
          }
        }
      }
      PageTable t = grid(ch, cv, page);
      if (t != null) {
        tables.add(t);
      }
    }
    tables.sort(Comparator.comparingDouble(PageTable::top));
    return tables;
  }

  private static PageTable grid(List<Ruling> hs, List<Ruling> vs, int page) {
    if (hs.size() < 2 || vs.size() < 2) {
      return null;
    }
    float[] xs = cluster(vs);
    float[] ys = cluster(hs);
    if (xs.length < 2 || ys.length < 2 || xs[xs.length - 1] - xs[0] < 10
        || ys[ys.length - 1] - ys[0] < 5) {
      return null;
    }
    float openTop = openEdge(vs, ys[0], true, xs[0], xs[xs.length - 1]);
    float openBottom = openEdge(vs, ys[ys.length - 1], false, xs[0], xs[xs.length - 1]);
    boolean openAbove = !Float.isNaN(openTop);
    boolean openBelow = !Float.isNaN(openBottom);
    if (openAbove || openBelow) {
      float[] ext = new float[ys.length + (openAbove ? 1 : 0) + (openBelow ? 1 : 0)];
      int k = 0;
      if (openAbove) {
        ext[k++] = openTop;
      }
      for (float y : ys) {
        ext[k++] = y;
      }
      if (openBelow) {
        ext[k] = openBottom;
      }
      ys = ext;
    }
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    int[][] owner = new int[rows][cols];
    for (int[] row : owner) {
      Arrays.fill(row, -1);
    }
    List<PageTable.Region> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      float midY = (ys[r] + ys[r + 1]) / 2;
      for (int c = 0; c < cols; c++) {
        if (owner[r][c] >= 0) {
          continue;
        }
        int cs = 1;
        while (c + cs < cols && owner[r][c + cs] < 0
            && !covered(vs, xs[c + cs], midY, Math.min(TOL, (ys[r + 1] - ys[r]) / 4))) {
          cs++;
        }
        int rs = 1;
        while (r + rs < rows && free(owner, r + rs, c, cs) && !boundary(hs, ys[r + rs], xs, c, cs)) {
          rs++;
        }
        int index = cells.size();
        cells.add(new PageTable.Region(r, c, rs, cs, xs[c], ys[r], xs[c + cs], ys[r + rs]));
        for (int rr = r; rr < r + rs; rr++) {
          for (int cc = c; cc < c + cs; cc++) {
            owner[rr][cc] = index;
          }
        }
      }
    }
    return new PageTable(page, xs, ys, StaggeredRows.collapse(cells, ys), owner, openAbove,
        openBelow);
  }

  /**
   * Where the table's verticals run on beyond its first (or last) horizontal ruling: the y their
   * ends reach, when the table's outermost verticals (left and right border) both reach it (within
   * {@link #TOL}) at least {@link #OPEN_MIN} beyond the ruling; else NaN. A browser that breaks a
   * table row across pages draws the cut row's borders down to the page edge but no border along
   * the cut. Verticals of only some columns running on (a merged cell that continues while the
   * other columns' row is closed) do not open the edge.
   */
  private static float openEdge(List<Ruling> vs, float edge, boolean above, float left,
                                float right) {
    float far = edge;
    for (Ruling v : vs) {
      far = above ? Math.min(far, v.from()) : Math.max(far, v.to());
    }
    if (Math.abs(far - edge) < OPEN_MIN) {
      return Float.NaN;
    }
    boolean leftReaches = false;
    boolean rightReaches = false;
    for (Ruling v : vs) {
      if (Math.abs((above ? v.from() : v.to()) - far) <= TOL) {
        leftReaches |= Math.abs(v.pos() - left) <= TOL;
        rightReaches |= Math.abs(v.pos() - right) <= TOL;
      }
    }
    return leftReaches && rightReaches ? far : Float.NaN;
  }

  private static boolean free(int[][] owner, int r, int c, int cs) {
    for (int k = c; k < c + cs; k++) {
      if (owner[r][k] >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A horizontal ruling at y crosses the middle of at least one of the spanned columns. */
  private static boolean boundary(List<Ruling> hs, float y, float[] xs, int c, int cs) {
    for (int k = c; k < c + cs; k++) {
      if (covered(hs, y, (xs[k] + xs[k + 1]) / 2, TOL)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(List<Ruling> segs, float pos, float along, float reach) {
    for (Ruling s : segs) {
      if (s.covers(pos, along, TOL, reach)) {
        return true;
      }
    }
    return false;
  }

  /** Positions of the segments clustered within TOL, each cluster at its length-weighted mean. */
  private static float[] cluster(List<Ruling> segs) {
    List<Ruling> sorted = new ArrayList<>(segs);
    sorted.sort(Comparator.comparingDouble(Ruling::pos));
    List<Float> out = new ArrayList<>();
    double wsum = 0;
    double psum = 0;
    float last = Float.NaN;
    for (Ruling s : sorted) {
      if (!Float.isNaN(last) && s.pos() - last > TOL) {
        out.add((float) (psum / wsum));
        wsum = 0;
        psum = 0;
      }
      double w = Math.max(s.length(), 0.1);
      wsum += w;
      psum += w * s.pos();
      last = s.pos();
    }
    if (wsum > 0) {
      out.add((float) (psum / wsum));
    }
    float[] a = new float[out.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = out.get(i);
    }
    return a;
  }

  /** Merges collinear segments (positions within TOL) that overlap or touch. */
  static List<Ruling> merge(List<Ruling> segs) {
    List<Ruling> sorted = new ArrayList<>(segs);
    sorted.sort(Comparator.comparingDouble(Ruling::pos));
    List<List<Ruling>> groups = new ArrayList<>();
    float last = Float.NaN;
    for (Ruling s : sorted) {
      if (Float.isNaN(last) || s.pos() - last > TOL) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(s);
      last = s.pos();
    }
    List<Ruling> out = new ArrayList<>();
    for (List<Ruling> g : groups) {
      g.sort(Comparator.comparingDouble(Ruling::from));
      Ruling cur = null;
      double wsum = 0;
      double psum = 0;
      for (Ruling s : g) {
        if (cur != null && s.from() <= cur.to() + TOL) {
          cur = new Ruling(cur.horizontal(), cur.pos(), cur.from(), Math.max(cur.to(), s.to()));
        } else {
          if (cur != null) {
            out.add(new Ruling(cur.horizontal(), (float) (psum / wsum), cur.from(), cur.to()));
            wsum = 0;
            psum = 0;
          }
          cur = s;
        }
        double w = Math.max(s.length(), 0.1);
        wsum += w;
        psum += w * s.pos();
      }
      if (cur != null) {
        out.add(new Ruling(cur.horizontal(), (float) (psum / wsum), cur.from(), cur.to()));
      }
    }
    return out;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    p[find(p, a)] = find(p, b);
  }
}
